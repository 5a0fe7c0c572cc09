import { Text } from '@tarojs/components'
import { Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'

/** Entry of the staff console subpackage (窗口/站所工作人员, 中心负责人). */
export default function StaffHomePage() {
  return (
    <Page className="staff-home">
      <Section id="staff-home" title="工作台">
        <Text>工作人员的办件、预约和审核功能在这里。</Text>
      </Section>
    </Page>
  )
}
