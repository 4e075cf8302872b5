// A custom mapping the bookkeeper saves in the wizard and reuses for next week's export.
import { z } from 'zod'
import { mapOptionsSchema } from './options'
import { PRESET_IDS } from './presets'

export const savedMappingInputSchema = z.object({
  name: z.string().trim().min(1).max(80),
  preset: z.enum(PRESET_IDS),
  options: mapOptionsSchema
})
export type SavedMappingInput = z.infer<typeof savedMappingInputSchema>

export type SavedMapping = SavedMappingInput & { id: number; createdAt: string }
