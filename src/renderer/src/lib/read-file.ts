import { AppError } from '../../../shared/errors'

/** A file the user chose in the browser, as base64 for a JSON call (what staging and uploads send). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(new AppError('io', `${file.name} could not be read`))
    reader.readAsDataURL(file)
  })
}
