import Taro, { useRouter } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Button, Section } from '../../ui'
import { Page } from '../../components/layout/Page'
import './index.scss'

/** Where an unknown address lands (App's onPageNotFound): it says so, names the address, and offers the way home. */
export default function NotFoundPage() {
  const from = useRouter().params.from
  return (
    <Page className="not-found">
      <Section id="not-found" title="页面不存在">
        <Text className="not-found__line">您要打开的页面不存在，可能是链接抄错了，或者这个页面已经不用了。</Text>
        {from ? <Text id="not-found-path" className="not-found__line muted">{`打开的地址：${decodeURIComponent(from)}`}</Text> : null}
        <Button id="not-found-home" theme="primary" block onClick={() => void Taro.reLaunch({ url: '/pages/home/index' })}>
          回首页
        </Button>
        <Button id="not-found-guides" variant="outline" theme="primary" block onClick={() => void Taro.reLaunch({ url: '/pages/guides/list/index' })}>
          查办事指南
        </Button>
      </Section>
    </Page>
  )
}
