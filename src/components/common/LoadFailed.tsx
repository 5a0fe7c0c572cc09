import { View } from '@tarojs/components'
import { Button, InlineMessage } from '../../ui'

export interface LoadFailedProps {
  message: string
  onRetry: () => void
}

/** What a page shows when its data could not be loaded: the reason and a retry button. */
export function LoadFailed(props: LoadFailedProps) {
  return (
    <View id="load-failed">
      <InlineMessage tone="error">{props.message}</InlineMessage>
      <Button id="load-retry" theme="primary" block onClick={props.onRetry}>
        重新加载
      </Button>
    </View>
  )
}
