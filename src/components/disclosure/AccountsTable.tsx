import { Text, View } from '@tarojs/components'
import { formatYuan, type AccountsDTO } from '../../shared/disclosure'
import { cx } from '../../ui'
import './disclosure.scss'

export interface AccountsTableProps {
  id?: string
  accounts: AccountsDTO
}

/** One row of the table: kind, item and amount, as cells (or column headers) a screen reader reads as such. */
function Row(props: { cells: [string, string, string]; head?: boolean; extra?: string }) {
  const role = props.head ? 'columnheader' : 'cell'
  const [kind, item, amount] = props.cells
  return (
    <View className={cx('dz-accounts__row', props.head && 'dz-accounts__row--head', props.extra)} role="row">
      <View className="dz-accounts__kind" role={role}>
        <Text>{kind}</Text>
      </View>
      <View className="dz-accounts__item" role={role}>
        <Text>{item}</Text>
      </View>
      <View className="dz-accounts__amount" role={role}>
        <Text>{amount}</Text>
      </View>
    </View>
  )
}

/** A quarter's accounts as a table: the balance carried in, each line, the totals and the balance carried out (元). */
export function AccountsTable(props: AccountsTableProps) {
  const a = props.accounts
  const total = 'dz-accounts__row--total'
  return (
    <View id={props.id} className="dz-accounts" role="table" aria-label={`${a.year}年第${a.quarter}季度收支明细`}>
      <Row head cells={['类别', '项目', '金额（元）']} />
      <Row cells={['上期', '上期结余', formatYuan(a.openingBalanceFen)]} />
      {a.lines.map((l, i) => (
        <Row
          key={i}
          cells={[l.direction === 'income' ? '收入' : '支出', l.note ? `${l.item}（${l.note}）` : l.item, l.direction === 'income' ? formatYuan(l.amountFen) : `-${formatYuan(l.amountFen)}`]}
        />
      ))}
      <Row extra={total} cells={['合计', '本期收入合计', formatYuan(a.incomeFen)]} />
      <Row extra={total} cells={['合计', '本期支出合计', formatYuan(a.spendingFen)]} />
      <Row extra={total} cells={['结余', '期末结余', formatYuan(a.closingBalanceFen)]} />
    </View>
  )
}
