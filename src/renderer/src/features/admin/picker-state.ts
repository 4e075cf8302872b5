// The administration the switcher asked for, preselected when the picker shows next.
let preselected: string | null = null

export function preselectAdministration(id: string | null): void {
  preselected = id
}

export function takePreselected(): string | null {
  const id = preselected
  preselected = null
  return id
}
