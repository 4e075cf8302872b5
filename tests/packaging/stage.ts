// A throwaway copy of the project for electron-builder: the checkout with its built out/ (so tests/ and
// src/ are there and the `files` config must keep them out), and node_modules holding only the
// production packages of package-lock.json, as `npm ci --omit=dev` would install them. Files are
// hard-linked, not copied: the stage costs a second, and nothing in it is ever written to.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, symlinkSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

type LockEntry = { version?: string; dev?: boolean; devOptional?: boolean }

function linkFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true })
  try {
    linkSync(from, to)
  } catch {
    copyFileSync(from, to) // another file system
  }
}

/** Links a folder's files; `skip` names absolute paths to leave out (a package's nested node_modules). */
function linkTree(from: string, to: string, skip: (path: string) => boolean = () => false): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (skip(source)) continue
    if (entry.isDirectory()) {
      linkTree(source, target, skip)
    } else if (entry.isSymbolicLink()) {
      mkdirSync(to, { recursive: true })
      symlinkSync(readlinkSync(source), target)
    } else {
      linkFile(source, target)
    }
  }
}

export function lockPackages(root: string): Record<string, LockEntry> {
  return (JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }).packages
}

/** The production packages (package-lock.json paths such as `node_modules/a/node_modules/b`). */
export function productionPackages(root: string): string[] {
  return Object.entries(lockPackages(root))
    .filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional)
    .map(([path]) => path)
}

/** Package names as they appear in a node_modules path (`@scope/name` or `name`). */
export function packageName(lockPath: string): string {
  const parts = lockPath.split('node_modules/').at(-1) ?? ''
  return parts.replace(/\/$/, '')
}

/** What a checkout holds besides its own files: installed packages, git, build output and test artefacts. */
const NOT_SOURCES = ['node_modules', '.git', 'dist', 'tests/artifacts']

export function stageProject(root: string, stage: string, extraSources: string[]): void {
  const skipped = new Set(NOT_SOURCES.map((dir) => join(root, dir)))
  linkTree(root, stage, (p) => skipped.has(p))

  const modules = realpathSync(join(root, 'node_modules'))
  for (const path of productionPackages(root)) {
    const source = join(modules, relative('node_modules', path))
    linkTree(source, join(stage, path), (p) => p === join(source, 'node_modules'))
  }
  // resources shipped from a development package (a font, say) must be there for electron-builder to copy
  for (const from of extraSources) {
    if (existsSync(join(stage, from))) continue
    if (statSync(join(root, from)).isDirectory()) linkTree(join(root, from), join(stage, from))
    else linkFile(join(root, from), join(stage, from))
  }
}
