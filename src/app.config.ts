import { tdesignUsingComponents } from './ui/usingComponents'

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/inbox/index', 'pages/me/index', 'pages/not-found/index'],
  subPackages: [
    {
      root: 'pages/guides',
      pages: ['list/index', 'detail/index']
    },
    {
      root: 'pages/contacts',
      pages: ['index']
    },
    {
      root: 'pages/me/staff-signup',
      pages: ['index']
    },
    {
      root: 'pages/appointments',
      pages: ['book/index', 'detail/index', 'mine/index']
    },
    {
      root: 'pages/cases',
      pages: ['submit/index', 'mine/index', 'detail/index']
    },
    {
      root: 'pages/reviews',
      pages: ['rate/index', 'mine/index', 'detail/index']
    },
    {
      root: 'pages/hot',
      pages: ['list/index', 'detail/index']
    },
    {
      root: 'pages/scan',
      pages: ['index', 'retired/index']
    },
    {
      root: 'pages/volunteer',
      pages: ['register/index', 'orders/index', 'order/index']
    },
    {
      root: 'pages/disclosure',
      pages: ['index/index', 'list/index', 'detail/index', 'village/index', 'powers/index', 'map/index']
    },
    {
      root: 'pages/infoRequests',
      pages: ['apply/index', 'mine/index', 'detail/index']
    },
    {
      root: 'staff',
      pages: ['pages/index/index', 'pages/guide-edit/index', 'pages/signups/index', 'pages/appointments/index', 'pages/appointments/templates/index', 'pages/cases/index', 'pages/cases/detail/index', 'pages/calendar/index', 'pages/qrcodes/index', 'pages/visits/index', 'pages/visits/dispatch/index', 'pages/volunteers/index', 'pages/disclosure/index', 'pages/disclosure/edit/index', 'pages/disclosure/catalog/index', 'pages/infoRequests/index', 'pages/infoRequests/detail/index', 'pages/infoRequests/report/index', 'pages/reviews/index', 'pages/reviews/detail/index', 'pages/reviews/stats/index']
    }
  ],
  window: {
    navigationStyle: 'default',
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0052d9',
    navigationBarTitleText: '乡里办',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5f8'
  },
  tabBar: {
    color: '#4b5563',
    selectedColor: '#0052d9',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/inbox/index', text: '消息' },
      { pagePath: 'pages/me/index', text: '我的' }
    ]
  },
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['pages/guides'] }
  },
  ...(Object.keys(tdesignUsingComponents).length ? { usingComponents: tdesignUsingComponents } : {})
})
