import type { BookingDTO } from '../shared/appointments'
import type { Page } from '../shared/common'
import type {
  CreateDoorplatesInput,
  CreateTargetInput,
  DoorplateBatchDTO,
  QrResolveDTO,
  QrTargetDTO,
  QrTargetKind,
  QrTargetStatus,
  RetireTargetInput,
  ScanFiguresDTO,
  SheetDTO,
  SheetInput
} from '../shared/qrcodes'
import { request } from './http'

const enc = encodeURIComponent

/** A scan of a posted code: counted once per key, answered with what the code leads to. */
export function recordScan(scene: string, idempotencyKey: string): Promise<QrResolveDTO> {
  return request<QrResolveDTO>('/api/qr/scans', { method: 'POST', body: { scene }, idempotencyKey })
}

/** What a code leads to, without counting a scan. */
export function resolveScene(scene: string): Promise<QrResolveDTO> {
  return request<QrResolveDTO>(`/api/qr/targets/${enc(scene)}`)
}

/** Checks one of my bookings today in by the hall's or a window's code. */
export function checkInByScan(scene: string, bookingId: string, idempotencyKey: string): Promise<BookingDTO> {
  return request<BookingDTO>('/api/qr/checkIn', { method: 'POST', body: { scene, bookingId }, idempotencyKey })
}

/** Staff: the codes I manage. */
export function listTargets(query: { kind?: QrTargetKind; villageId?: string; status?: QrTargetStatus; page?: number } = {}): Promise<Page<QrTargetDTO>> {
  return request<Page<QrTargetDTO>>('/api/staff/qr/targets', { query: { pageSize: 100, ...query } })
}

/** Staff: makes one code. */
export function createTarget(input: CreateTargetInput, idempotencyKey: string): Promise<QrTargetDTO> {
  return request<QrTargetDTO>('/api/staff/qr/targets', { method: 'POST', body: input, idempotencyKey })
}

/** Admin: makes a village's door plates in one batch. */
export function createDoorplates(input: CreateDoorplatesInput, idempotencyKey: string): Promise<DoorplateBatchDTO> {
  return request<DoorplateBatchDTO>('/api/staff/qr/doorplates', { method: 'POST', body: input, idempotencyKey })
}

/** Staff: retires a code, saying why and where to go instead. */
export function retireTarget(id: string, input: RetireTargetInput, idempotencyKey: string): Promise<QrTargetDTO> {
  return request<QrTargetDTO>(`/api/staff/qr/targets/${enc(id)}/retire`, { method: 'POST', body: input, idempotencyKey })
}

/** Staff: an A4 PDF of a batch of codes behind a signed link. */
export function printSheet(input: SheetInput, idempotencyKey: string): Promise<SheetDTO> {
  return request<SheetDTO>('/api/staff/qr/sheets', { method: 'POST', body: input, idempotencyKey })
}

/** Staff: scan counts of the township's codes. */
export function getScanFigures(query: { from?: string; to?: string } = {}): Promise<ScanFiguresDTO> {
  return request<ScanFiguresDTO>('/api/staff/qr/scans', { query })
}
