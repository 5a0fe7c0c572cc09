import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { SIMILAR_TEXT_MIN, type CaseCategoryId, type SimilarCaseDTO } from '../../shared/cases'
import { Button, InlineMessage } from '../../ui'
import { findSimilarCases, followCase } from '../../services/cases'
import { messageOf, newIdempotencyKey } from '../../services/http'
import './cases.scss'

/** How long typing must pause before the form looks for similar cases. */
const PAUSE_MS = 600

export interface SimilarCasesProps {
  id: string
  category: CaseCategoryId | null
  villageId: string
  text: string
  /** After "这是我的问题": the case followed instead of filing a new one. */
  onFollowed: (item: SimilarCaseDTO) => void
}

/**
 * While a complaint is typed: up to three public cases that read alike (热点回应, anonymised open
 * cases of the same village and category), each with its answer or status and "这是我的问题" to
 * follow it instead of filing a duplicate. Quiet when nothing is alike or the lookup fails.
 */
export function SimilarCases(props: SimilarCasesProps) {
  const { category, villageId, text } = props
  const [items, setItems] = useState<SimilarCaseDTO[]>([])
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const typed = text.trim()
    if (!category || typed.length < SIMILAR_TEXT_MIN) {
      setItems([])
      return
    }
    let live = true
    const timer = setTimeout(() => {
      findSimilarCases({ category, text: typed.slice(0, 400), ...(villageId ? { villageId } : {}) })
        .then((found) => {
          if (live) setItems(found)
        })
        .catch(() => {
          if (live) setItems([])
        })
    }, PAUSE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [category, villageId, text])

  if (!items.length) return null

  const follow = async (item: SimilarCaseDTO) => {
    setBusy(item.caseId)
    setError(null)
    try {
      const done = await followCase(item.caseId, newIdempotencyKey())
      const followed = { ...item, following: true, followerCount: done.followerCount }
      setItems((list) => list.map((x) => (x.caseId === item.caseId ? followed : x)))
      props.onFollowed(followed)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <View id={props.id} className="case-similar-list">
      <Text className="case-para">{`有 ${items.length} 件相似的问题已经有人反映过。如果是同一件事，点“这是我的问题”关注它，答复会通知您，不用重复提交。`}</Text>
      {error ? <InlineMessage tone="error">{error}</InlineMessage> : null}
      {items.map((item) => (
        <View key={item.caseId} id={`${props.id}-${item.caseId}`} className="case-similar">
          <Text className="case-similar__title">{`${item.kind === 'hot' ? '【热点回应】' : ''}${item.excerpt.startsWith(item.title) ? item.excerpt : item.title}`}</Text>
          {item.excerpt.startsWith(item.title) ? null : <Text className="case-para">{item.excerpt}</Text>}
          {item.answer ? <Text className="case-para">{`答复：${item.answer}`}</Text> : null}
          <Text className="case-para muted">{`${item.categoryLabel} · ${item.statusLabel}${item.followerCount ? ` · ${item.followerCount} 人也反映了` : ''}`}</Text>
          <Button
            id={`${props.id}-${item.caseId}-follow`}
            theme="primary"
            variant="outline"
            block
            loading={busy === item.caseId}
            disabled={item.following || busy !== null}
            onClick={() => void follow(item)}
          >
            {item.following ? '已关注这件问题' : '这是我的问题'}
          </Button>
        </View>
      ))}
    </View>
  )
}
