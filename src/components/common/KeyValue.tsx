import { Text, View } from '@tarojs/components'
import './keyValue.scss'

/** One labelled line of a record (编号、地址 …): the label in grey, the value wrapping under its own width. */
export function KeyValue(props: { k: string; id?: string; children: string }) {
  return (
    <View className="kv">
      <Text className="kv__k">{props.k}</Text>
      <Text id={props.id} className="kv__v">
        {props.children}
      </Text>
    </View>
  )
}
