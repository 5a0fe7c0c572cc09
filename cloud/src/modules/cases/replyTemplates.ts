import type { ReplyTemplateDTO } from '../../../../src/shared/cases'

/** Reply templates every department starts from (departments save their own next to them). */
export const REPLY_TEMPLATES: ReplyTemplateDTO[] = [
  { id: 'consult', title: '政策咨询答复', text: '您好，关于您咨询的问题，根据相关政策规定：……如需进一步了解，可到乡镇便民服务中心窗口咨询。', departmentId: null },
  { id: 'handled', title: '已处理完毕', text: '您好，您反映的问题我们已安排人员实地核查并处理完毕，处理情况如下：……感谢您的监督。', departmentId: null },
  { id: 'inProgress', title: '正在推进', text: '您好，您反映的问题已列入工作计划，目前进展：……预计完成时间：……，我们会持续跟进。', departmentId: null },
  { id: 'notInScope', title: '不属于本级职权', text: '您好，您反映的事项属于……的职责范围，建议您联系……（电话：……）。我们已将情况转告相关部门。', departmentId: null }
]
