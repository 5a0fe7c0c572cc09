import { Text, View } from '@tarojs/components'
import { Loading, Section } from '../../ui'
import { Page } from '../../components/layout/Page'
import { CallLink } from '../../components/common/CallLink'
import { LoadFailed } from '../../components/common/LoadFailed'
import { useLoad } from '../../components/common/useLoad'
import { ApiRequestError } from '../../services/http'
import { currentTownship, listContacts } from '../../services/townships'
import './index.scss'

/** 多对一联系表: each township post, its duties and the county department it pairs with; every number is tap-to-call. */
export default function ContactsPage() {
  const [state, reload] = useLoad(async () => {
    const township = await currentTownship()
    if (!township) throw new ApiRequestError('还没有可办理的乡镇，请稍后再试', 'NO_TOWNSHIP', 404)
    return { township, contacts: await listContacts(township.id) }
  }, [])

  return (
    <Page className="contacts">
      {state.status === 'loading' ? <Loading text="正在加载联系表…" /> : null}
      {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <View>
          <Text className="contacts__intro">
            {state.data.township.name}每个岗位都有对应的县级部门和联系人，有事可以直接打电话。
          </Text>
          {state.data.contacts.length === 0 ? <Text className="muted">联系表还在整理中。</Text> : null}
          {state.data.contacts.map((c) => (
            <Section key={c.id} id={`contact-${c.id}`} className="contact-row" title={c.post}>
              <Text className="contact-row__name">{c.name}</Text>
              <Text className="contact-row__duties">负责：{c.duties}</Text>
              <CallLink id={`contact-call-${c.id}`} phone={c.phone} label={c.name} />
              <View className="contact-row__county">
                <Text className="contact-row__county-title">
                  对应县级部门：{c.countyDepartment}（{c.countyPerson}）
                </Text>
                {c.countyPhone ? <CallLink id={`contact-county-call-${c.id}`} phone={c.countyPhone} label={c.countyPerson} /> : null}
              </View>
            </Section>
          ))}
        </View>
      ) : null}
    </Page>
  )
}
