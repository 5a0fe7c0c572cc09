import { Text, View } from '@tarojs/components'
import { Button, Switch } from '../../ui'
import { setElderMode, stepTextSize, useDisplay } from './store'
import './elder.scss'

/** The 长辈版 switch and, when it is on, the 小一号 / 大一号 text-size stepper. */
export function ElderControls() {
  const display = useDisplay()
  return (
    <View id="elder-controls" className="elder-controls">
      <View className="elder-controls__row">
        <View className="elder-controls__label">
          <Text className="elder-controls__title">长辈版（关怀模式）</Text>
          <Text className="muted">{display.elder ? '已开启：大字、大按钮、不弹窗' : '未开启'}</Text>
        </View>
        <Switch id="elder-switch" value={display.elder} labels={['开', '关']} onChange={setElderMode} />
      </View>
      {display.elder ? (
        <View id="text-size" className="elder-controls__row">
          <Button id="text-size-down" size="medium" disabled={!display.canShrink} onClick={() => stepTextSize(-1)}>
            小一号
          </Button>
          <Text id="text-size-value" className="elder-controls__value">
            字号 {display.fontPx}
          </Text>
          <Button id="text-size-up" size="medium" theme="primary" disabled={!display.canGrow} onClick={() => stepTextSize(1)}>
            大一号
          </Button>
        </View>
      ) : null}
    </View>
  )
}
