import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Collapse, CollapsePanel, Empty, Loading, Search, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { CallLink } from '../../../components/common/CallLink'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { listPowers } from '../../../services/disclosure'
import { ApiRequestError } from '../../../services/http'
import { resolveCurrentTownship, townshipParam } from '../../../services/townships'
import '../../../components/disclosure/disclosure.scss'

/**
 * 权责清单: each power of the township (name, type, legal basis, responsible post), searchable by
 * Chinese words, pinyin or initials; each opens to the 多对一 contacts of its post — who to call at
 * the township and at the county.
 */
export default function PowersPage() {
  const router = useRouter()
  const wanted = townshipParam(router.params)
  const [q, setQ] = useState('')
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState<string[]>([])
  const [state, reload] = useLoad(async () => {
    const township = await resolveCurrentTownship(wanted)
    if (!township) throw new ApiRequestError('还没有可查看的乡镇，请稍后再试', 'NO_TOWNSHIP', 404)
    return { township, powers: await listPowers(township.id, query || undefined) }
  }, [wanted, query])

  return (
    <Page className="powers">
      <Search id="powers-search" value={q} placeholder="搜事项、岗位或类型，如 宅基地、zjd、行政许可" action="搜索" onChange={setQ} onSubmit={(v) => setQuery(v.trim())} />
      {state.status === 'loading' ? <Loading text="正在加载权责清单…" /> : null}
      {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <Section id="powers-list" title={query ? `“${query}”的结果（${state.data.powers.length} 项）` : `${state.data.township.name}权责清单（${state.data.powers.length} 项）`}>
          {state.data.powers.length === 0 ? <Empty id="powers-empty" description="没有找到，换个说法试试" /> : null}
          <Collapse id="powers-items" value={open} onChange={setOpen}>
            {state.data.powers.map((p) => (
              <CollapsePanel key={p.id} value={p.id} id={`power-${p.id}`} header={`${p.name}（${p.typeLabel}）`}>
                <View className="dz-kv">
                  <Text className="dz-kv__k">责任岗位</Text>
                  <Text className="dz-kv__v">{p.responsiblePost}</Text>
                </View>
                <View className="dz-kv">
                  <Text className="dz-kv__k">设定依据</Text>
                  <Text className="dz-kv__v">{p.basis}</Text>
                </View>
                {p.contacts.map((c) => (
                  <View key={c.id} className="dz-row">
                    <Text className="dz-row__title">{`${c.post} ${c.name}：${c.duties}`}</Text>
                    <CallLink phone={c.phone} label={c.name} />
                    <Text className="dz-row__line">{`对应县级部门：${c.countyDepartment}（${c.countyPerson}）`}</Text>
                    {c.countyPhone ? <CallLink phone={c.countyPhone} label={c.countyPerson} /> : null}
                  </View>
                ))}
                {p.contacts.length === 0 ? <Text className="dz-row__line">联系电话见“多对一联系表”。</Text> : null}
              </CollapsePanel>
            ))}
          </Collapse>
        </Section>
      ) : null}
    </Page>
  )
}
