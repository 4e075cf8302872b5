// jest-dom matchers for the jsdom component tests; harmless in the node environment
import '@testing-library/jest-dom/vitest'
