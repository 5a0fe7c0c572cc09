/** Roles a person can hold. Staff belong to departments; admin runs the centre. */
export const ROLES = ['resident', 'assistant', 'staff', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  resident: '群众',
  assistant: '帮办代办员',
  staff: '窗口工作人员',
  admin: '中心负责人'
}

/** A staff sign-up waits for an admin (实名 + 审核). */
export const STAFF_SIGNUP_STATUSES = ['pending', 'approved', 'rejected'] as const
export type StaffSignupStatus = (typeof STAFF_SIGNUP_STATUSES)[number]

/** 一件事: life events residents browse guides by. */
export const LIFE_EVENTS = [
  { id: 'hardship', name: '生活困难', icon: 'help-circle' },
  { id: 'illness', name: '看病就医', icon: 'heart' },
  { id: 'elderly', name: '养老服务', icon: 'user-circle' },
  { id: 'disability', name: '残疾人服务', icon: 'user' },
  { id: 'veteran', name: '退役军人', icon: 'star' },
  { id: 'employment', name: '就业创业', icon: 'work' },
  { id: 'insurance', name: '社会保险', icon: 'secured' },
  { id: 'housing', name: '建房用地', icon: 'home' },
  { id: 'farming', name: '农业生产', icon: 'flag' },
  { id: 'birth', name: '生育入户', icon: 'gift' },
  { id: 'party', name: '党员服务', icon: 'flag' },
  { id: 'certificate', name: '开具证明', icon: 'file' },
  { id: 'death', name: '身后事', icon: 'flower' }
] as const
export type LifeEventId = (typeof LIFE_EVENTS)[number]['id']
export const LIFE_EVENT_IDS = LIFE_EVENTS.map((e) => e.id) as [LifeEventId, ...LifeEventId[]]

/** Who a guide's steps happen with. */
export const STEP_ACTORS = ['applicant', 'village', 'window', 'department', 'county'] as const
export type StepActor = (typeof STEP_ACTORS)[number]
export const STEP_ACTOR_LABELS: Record<StepActor, string> = {
  applicant: '申请人',
  village: '村(社区)',
  window: '便民服务中心窗口',
  department: '乡镇站所',
  county: '县级部门'
}
