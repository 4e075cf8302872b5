import { createTheme } from '@mantine/core'

/** Dense, calm and readable: a tool bookkeepers use all day. */
export const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm'
})
