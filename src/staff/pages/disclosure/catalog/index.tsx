import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  POWER_TYPE_LABELS,
  POWER_TYPES,
  SERVICE_POINT_KIND_LABELS,
  SERVICE_POINT_KINDS,
  type PowerDTO,
  type PowerType,
  type ServicePointDTO,
  type ServicePointKind
} from '../../../../shared/disclosure'
import { Button, InlineMessage, Input, Loading, Section, Textarea } from '../../../../ui'
import { Page } from '../../../../components/layout/Page'
import { ChoiceChips } from '../../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../../components/staff/staffContext'
import { useLoad } from '../../../../components/common/useLoad'
import { useSubmit } from '../../../../components/forms/useSubmit'
import { addDomain, getCatalog, listPowers, listServicePoints, removePower, removeServicePoint, savePower, saveServicePoint } from '../../../../services/disclosure'
import { ApiRequestError, messageOf } from '../../../../services/http'
import '../../../../components/staff/staff.scss'
import '../../../../components/disclosure/disclosure.scss'

const NONE = 'none'
const emptyPower = { id: '', name: '', type: 'publicService' as PowerType, basis: '', responsiblePost: '', keywords: '' }
const emptyPoint = { id: '', name: '', kind: 'villageStation' as ServicePointKind, villageId: '', address: '', hours: '', phone: '', latitude: '', longitude: '', services: '' }
const words = (s: string) => s.split(/[\s,，、;；]+/).filter(Boolean)

async function loadAll() {
  const context = await loadStaffContext({ adminOnly: true })
  const [catalog, powers, points] = await Promise.all([getCatalog(context.township.id), listPowers(context.township.id), listServicePoints(context.township.id)])
  return { context, catalog, powers, points }
}

/**
 * 公开目录维护 (admin): the township's own areas next to the 18 of the standard catalogue, the
 * 权责清单 (name, type, legal basis, responsible post — joined with the 多对一 table by post) and the
 * 便民地图 (service points with address, hours, phone and location).
 */
export default function StaffCatalogPage() {
  const [state, reload] = useLoad(() => loadAll(), [])
  const [domain, setDomain] = useState('')
  const [power, setPower] = useState(emptyPower)
  const [point, setPoint] = useState(emptyPoint)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const sending = useSubmit({ domain, power, point })

  if (state.status !== 'ready') {
    return (
      <Page className="staff-catalog staff-console">
        {state.status === 'error' ? <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} /> : <Loading text="正在打开…" />}
      </Page>
    )
  }
  const { catalog, powers, points } = state.data
  const run = async (name: string, work: (key: string) => Promise<unknown>, done: string, after: () => void) => {
    try {
      const result = await sending.run(work, name)
      if (result === undefined) return
      setErrors({})
      after()
      setMessage({ tone: 'success', text: done })
      reload()
    } catch (e) {
      if (e instanceof ApiRequestError && e.fields) setErrors(e.fields)
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }
  const editPower = (p: PowerDTO) => setPower({ id: p.id, name: p.name, type: p.type, basis: p.basis, responsiblePost: p.responsiblePost, keywords: p.keywords.join('，') })
  const editPoint = (p: ServicePointDTO) =>
    setPoint({ id: p.id, name: p.name, kind: p.kind, villageId: p.villageId ?? '', address: p.address, hours: p.hours, phone: p.phone, latitude: String(p.latitude), longitude: String(p.longitude), services: p.services.join('，') })

  return (
    <Page className="staff-catalog staff-console">
      {message ? (
        <InlineMessage id="staff-catalog-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      <Section id="staff-domains" title={`公开领域（标准目录 18 个，本乡镇增加 ${catalog.domains.filter((d) => !d.standard).length} 个）`}>
        <Text className="dz-para">{catalog.domains.map((d) => (d.standard ? d.name : `${d.name}（本乡镇）`)).join('、')}</Text>
        <Input id="staff-domain-name" label="增加领域" placeholder="如 移风易俗" value={domain} maxlength={20} error={errors.name} onChange={setDomain} />
        <Button id="staff-domain-add" theme="primary" block disabled={sending.locked || !domain.trim()} onClick={() => void run('domain', (key) => addDomain({ name: domain.trim() }, key), `已增加“${domain.trim()}”`, () => setDomain(''))}>
          增加
        </Button>
      </Section>

      <Section id="staff-powers" title={`权责清单（${powers.length} 项）`}>
        {powers.map((p) => (
          <View key={p.id} id={`staff-power-${p.id}`} className="dz-link-row">
            <Text className="dz-kv__v">{`${p.name}（${p.typeLabel}，${p.responsiblePost}）`}</Text>
            <Button size="small" variant="text" onClick={() => editPower(p)}>
              修改
            </Button>
            <Button size="small" variant="text" theme="danger" disabled={sending.locked} onClick={() => void run(`remove-${p.id}`, () => removePower(p.id), `已删除“${p.name}”`, () => undefined)}>
              删除
            </Button>
          </View>
        ))}
        <Text className="dz-row__title">{power.id ? `修改“${power.name}”` : '增加一项'}</Text>
        <Input id="staff-power-name" label="事项名称" value={power.name} maxlength={80} error={errors.name} onChange={(name) => setPower({ ...power, name })} />
        <ChoiceChips id="staff-power-type" label="权力类型" options={POWER_TYPES.map((t) => ({ value: t, label: POWER_TYPE_LABELS[t] }))} selected={[power.type]} onChange={(next) => setPower({ ...power, type: next[0] ?? 'publicService' })} />
        <Textarea id="staff-power-basis" label="设定依据" value={power.basis} maxlength={1000} error={errors.basis} onChange={(basis) => setPower({ ...power, basis })} />
        <Input id="staff-power-post" label="责任岗位" placeholder="与“多对一联系表”里的岗位名称一致" value={power.responsiblePost} maxlength={40} error={errors.responsiblePost} onChange={(responsiblePost) => setPower({ ...power, responsiblePost })} />
        <Input id="staff-power-keywords" label="关键词（选填）" placeholder="群众可能搜的说法，用逗号隔开" value={power.keywords} maxlength={200} onChange={(keywords) => setPower({ ...power, keywords })} />
        <Button
          id="staff-power-save"
          theme="primary"
          block
          disabled={sending.locked || !power.name.trim()}
          onClick={() =>
            void run(
              'power',
              (key) => savePower({ name: power.name, type: power.type, basis: power.basis, responsiblePost: power.responsiblePost, keywords: words(power.keywords), order: power.id ? (powers.find((p) => p.id === power.id)?.order ?? 0) : powers.length + 1 }, key, power.id || undefined),
              '权责清单已保存',
              () => setPower(emptyPower)
            )
          }
        >
          保存
        </Button>
      </Section>

      <Section id="staff-points" title={`便民地图（${points.length} 个服务点）`}>
        {points.map((p) => (
          <View key={p.id} id={`staff-point-${p.id}`} className="dz-link-row">
            <Text className="dz-kv__v">{`${p.name}（${p.kindLabel}）`}</Text>
            <Button size="small" variant="text" onClick={() => editPoint(p)}>
              修改
            </Button>
            <Button size="small" variant="text" theme="danger" disabled={sending.locked} onClick={() => void run(`remove-${p.id}`, () => removeServicePoint(p.id), `已删除“${p.name}”`, () => undefined)}>
              删除
            </Button>
          </View>
        ))}
        <Text className="dz-row__title">{point.id ? `修改“${point.name}”` : '增加一个服务点'}</Text>
        <Input id="staff-point-name" label="名称" value={point.name} maxlength={60} error={errors.name} onChange={(name) => setPoint({ ...point, name })} />
        <ChoiceChips id="staff-point-kind" label="类型" options={SERVICE_POINT_KINDS.map((k) => ({ value: k, label: SERVICE_POINT_KIND_LABELS[k] }))} selected={[point.kind]} onChange={(next) => setPoint({ ...point, kind: next[0] ?? 'villageStation' })} />
        <ChoiceChips
          id="staff-point-village"
          label="所在村（社区）"
          options={[{ value: NONE, label: '不属于某个村' }, ...catalog.villages.map((v) => ({ value: v.id, label: v.name }))]}
          selected={[point.villageId || NONE]}
          onChange={(next) => setPoint({ ...point, villageId: next[0] === NONE ? '' : (next[0] ?? '') })}
        />
        <Input id="staff-point-address" label="地址" value={point.address} maxlength={120} error={errors.address} onChange={(address) => setPoint({ ...point, address })} />
        <Input id="staff-point-hours" label="办公时间" value={point.hours} maxlength={120} error={errors.hours} onChange={(hours) => setPoint({ ...point, hours })} />
        <Input id="staff-point-phone" label="电话" type="tel" value={point.phone} maxlength={20} error={errors.phone} onChange={(phone) => setPoint({ ...point, phone })} />
        <Input id="staff-point-lat" label="纬度" placeholder="在地图上取点，如 28.2892" value={point.latitude} maxlength={12} error={errors.latitude} onChange={(latitude) => setPoint({ ...point, latitude })} />
        <Input id="staff-point-lng" label="经度" placeholder="如 115.0126" value={point.longitude} maxlength={12} error={errors.longitude} onChange={(longitude) => setPoint({ ...point, longitude })} />
        <Input id="staff-point-services" label="可以办的事（选填）" placeholder="用逗号隔开，如 帮办代办，村级证明" value={point.services} maxlength={300} onChange={(services) => setPoint({ ...point, services })} />
        <Button
          id="staff-point-save"
          theme="primary"
          block
          disabled={sending.locked || !point.name.trim()}
          onClick={() =>
            void run(
              'point',
              (key) =>
                saveServicePoint(
                  {
                    name: point.name,
                    kind: point.kind,
                    villageId: point.villageId || null,
                    address: point.address,
                    hours: point.hours,
                    phone: point.phone,
                    latitude: point.latitude.trim() ? Number(point.latitude) : NaN,
                    longitude: point.longitude.trim() ? Number(point.longitude) : NaN,
                    services: words(point.services),
                    order: point.id ? (points.find((p) => p.id === point.id)?.order ?? 0) : points.length + 1
                  },
                  key,
                  point.id || undefined
                ),
              '便民服务点已保存',
              () => setPoint(emptyPoint)
            )
          }
        >
          保存
        </Button>
      </Section>
    </Page>
  )
}
