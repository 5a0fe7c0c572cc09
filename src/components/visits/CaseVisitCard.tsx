import { useEffect, useState } from 'react'
import { Text } from '@tarojs/components'
import type { CaseVisitDTO } from '../../shared/visits'
import { Section } from '../../ui'
import { CasePhotos } from '../cases/CasePhotos'
import { chinaTime } from '../cases/format'
import { KeyValue } from '../common/KeyValue'
import { getCaseVisit } from '../../services/visits'

export interface CaseVisitCardProps {
  caseId: string
  /** Changes when the case changed, so the card loads again. */
  version: string
}

/** 上门服务 on a help request: who is coming and when, and once they came, what they did (with photos). */
export function CaseVisitCard(props: CaseVisitCardProps) {
  const [visit, setVisit] = useState<CaseVisitDTO | null>(null)
  useEffect(() => {
    let live = true
    getCaseVisit(props.caseId)
      .then((answer) => live && setVisit(answer.visit))
      .catch(() => live && setVisit(null))
    return () => {
      live = false
    }
  }, [props.caseId, props.version])
  if (!visit) return null
  const who = `${visit.volunteerKindLabel} ${visit.volunteerName}`
  return (
    <Section id="case-visit" title="上门服务">
      <KeyValue k="状态" id="case-visit-status">{visit.statusLabel}</KeyValue>
      <KeyValue k="谁来" id="case-visit-who">{who}</KeyValue>
      {visit.plannedAt && !visit.record ? <KeyValue k="约定时间" id="case-visit-when">{chinaTime(visit.plannedAt)}</KeyValue> : null}
      {visit.status === 'offered' ? <Text className="case-para muted">已经派给对方，对方确认上门时间后会通知您。</Text> : null}
      {visit.record ? (
        <>
          <KeyValue k="上门时间">{chinaTime(visit.record.visitedAt)}</KeyValue>
          <Text id="case-visit-record" className="case-para">{`做了什么：${visit.record.text}`}</Text>
          {visit.record.photoUrls.length ? <CasePhotos id="case-visit-photos" photos={visit.record.photoUrls.map((url) => ({ id: url, url, moderation: 'passed' }))} /> : null}
        </>
      ) : null}
    </Section>
  )
}
