import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, InlineMessage } from '../../ui'
import { NOT_ADMIN, NOT_SIGNED_IN, NOT_STAFF } from './staffContext'

export interface StaffLoadFailedProps {
  message: string
  /** The error code from loadStaffContext or the service, if any. */
  code?: string
  onRetry: () => void
}

/** Why a console page cannot show, with the one next step that helps (sign in, apply, go back, retry). */
export function StaffLoadFailed(props: StaffLoadFailedProps) {
  return (
    <View id="load-failed">
      <InlineMessage tone="error">{props.message}</InlineMessage>
      {props.code === NOT_SIGNED_IN ? (
        <Button id="go-sign-in" theme="primary" block onClick={() => Taro.switchTab({ url: '/pages/me/index' })}>
          去“我的”登录
        </Button>
      ) : props.code === NOT_STAFF ? (
        <Button id="go-staff-signup" theme="primary" block onClick={() => Taro.navigateTo({ url: '/pages/me/staff-signup/index' })}>
          申请成为工作人员
        </Button>
      ) : props.code === NOT_ADMIN ? (
        <Button id="go-console" theme="primary" block onClick={() => Taro.redirectTo({ url: '/staff/pages/index/index' })}>
          回到工作台
        </Button>
      ) : (
        <Button id="load-retry" theme="primary" block onClick={props.onRetry}>
          重新加载
        </Button>
      )}
    </View>
  )
}
