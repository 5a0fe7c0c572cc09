import { Text, View } from '@tarojs/components'
import { formatYuan, type AccountsDTO } from '../../shared/disclosure'
import { cx } from '../../ui'
import './disclosure.scss'

export interface AccountsTableProps {
  id?: string
  accounts: AccountsDTO
}

/** A quarter's accounts as a table: the balance carried in, each line, the totals and the balance carried out (元). */
export function AccountsTable(props: AccountsTableProps) {
  const a = props.accounts
  const row = (kind: string, item: string, amount: number, extra?: string) => (
    <View className={cx('dz-accounts__row', extra)}>
      <Text className="dz-accounts__kind">{kind}</Text>
      <Text className="dz-accounts__item">{item}</Text>
      <Text className="dz-accounts__amount">{formatYuan(amount)}</Text>
    </View>
  )
  return (
    <View id={props.id} className="dz-accounts" role="table" aria-label={`${a.year}年第${a.quarter}季度收支明细`}>
      <View className="dz-accounts__row dz-accounts__row--head">
        <Text className="dz-accounts__kind">类别</Text>
        <Text className="dz-accounts__item">项目</Text>
        <Text className="dz-accounts__amount">金额（元）</Text>
      </View>
      {row('上期', '上期结余', a.openingBalanceFen)}
      {a.lines.map((l, i) => (
        <View key={i} className="dz-accounts__row">
          <Text className="dz-accounts__kind">{l.direction === 'income' ? '收入' : '支出'}</Text>
          <Text className="dz-accounts__item">{l.note ? `${l.item}（${l.note}）` : l.item}</Text>
          <Text className="dz-accounts__amount">{l.direction === 'income' ? formatYuan(l.amountFen) : `-${formatYuan(l.amountFen)}`}</Text>
        </View>
      ))}
      {row('合计', '本期收入合计', a.incomeFen, 'dz-accounts__row--total')}
      {row('合计', '本期支出合计', a.spendingFen, 'dz-accounts__row--total')}
      {row('结余', '期末结余', a.closingBalanceFen, 'dz-accounts__row--total')}
    </View>
  )
}
