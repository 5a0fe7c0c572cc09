import type { NoticeEventDefinition } from '../../lib/notices'

const ITEM = '工作人员注册申请'

/** Staff sign-up (实名 + 审核): admins hear of a new application, the applicant of the decision. */
export const staffSignupNotices = {
  'staffSignup.submitted': {
    text: (e) => ({
      title: '新的工作人员申请待审核',
      body: `${e.data.realName ?? '有人'}申请成为${e.data.departments || '站所'}的工作人员，请核实身份后审核。`,
      link: { page: '/staff/pages/signups/index', query: {} }
    }),
    wechat: (e) => ({
      template: 'newApplication',
      values: { item: ITEM, applicant: e.data.realName ?? null, at: e.data.submittedAt ?? e.occurredAt }
    })
  },
  'staffSignup.approved': {
    text: () => ({
      title: '工作人员申请已通过',
      body: '您的工作人员申请已通过审核。在“我的”里点“进入工作台”就可以开始办件了。',
      link: { page: '/pages/me/staff-signup/index', query: {} }
    }),
    wechat: (e) => ({
      template: 'reviewResult',
      values: { item: ITEM, result: '已通过', note: '在“我的”里进入工作台', at: e.data.reviewedAt ?? e.occurredAt }
    })
  },
  'staffSignup.rejected': {
    text: (e) => ({
      title: '工作人员申请未通过',
      body: `您的工作人员申请没有通过。原因：${e.data.reason ?? '未说明'}。核对后可以重新申请。`,
      link: { page: '/pages/me/staff-signup/index', query: {} }
    }),
    wechat: (e) => ({
      template: 'reviewResult',
      values: { item: ITEM, result: '未通过', note: e.data.reason ?? null, at: e.data.reviewedAt ?? e.occurredAt }
    })
  }
} satisfies Record<string, NoticeEventDefinition>
