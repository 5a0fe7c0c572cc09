import { Text, View } from '@tarojs/components'
import './guides.scss'
import { STEP_ACTOR_LABELS } from '../../shared/enums'
import type { Step } from '../../shared/guides'

export interface StepsFlowProps {
  steps: Step[]
}

function daysText(days: number | undefined): string | null {
  if (days === undefined) return null
  return days === 0 ? '当场办结' : `约 ${days} 个工作日`
}

/**
 * The steps drawn as a vertical flow: numbered nodes joined by a line, each with who acts
 * (申请人, 村(社区), 窗口 …) and how long it takes. Built on View/Text so it looks the same
 * on weapp and H5 and needs no pop-ups.
 */
export function StepsFlow(props: StepsFlowProps) {
  return (
    <View id="steps-flow" className="steps-flow">
      {props.steps.map((step, index) => {
        const days = daysText(step.days)
        const last = index === props.steps.length - 1
        return (
          <View key={index} id={`step-${index}`} className={last ? 'flow-step flow-step--last' : 'flow-step'}>
            <View className="flow-step__rail">
              <View className="flow-step__node">
                <Text>{index + 1}</Text>
              </View>
              {last ? null : <View className="flow-step__line" />}
            </View>
            <View className="flow-step__body">
              <Text className="flow-step__title">{step.title}</Text>
              <View className="flow-step__meta">
                <Text className="flow-step__actor">办理方：{STEP_ACTOR_LABELS[step.actor]}</Text>
                {days ? <Text className="flow-step__days">{days}</Text> : null}
              </View>
              {step.detail ? <Text className="flow-step__detail">{step.detail}</Text> : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}
