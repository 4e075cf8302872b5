// Texts main shows itself (menus, dialogs), in the three UI languages.
import type { Language } from '../../shared/domains/parties'

const LABELS = {
  nl: { file: 'Bestand', edit: 'Bewerken', view: 'Beeld', window: 'Venster', help: 'Help', quit: 'Debito afsluiten', undo: 'Ongedaan maken', redo: 'Opnieuw', cut: 'Knippen', copy: 'Kopiëren', paste: 'Plakken', selectAll: 'Alles selecteren', reload: 'Opnieuw laden', devTools: 'Ontwikkelaarshulpmiddelen', resetZoom: 'Ware grootte', zoomIn: 'Inzoomen', zoomOut: 'Uitzoomen', fullScreen: 'Volledig scherm', minimize: 'Minimaliseren', close: 'Venster sluiten', about: 'Over Debito', openFile: 'Bestand openen', saveFile: 'Bestand bewaren', allFiles: 'Alle bestanden', bankFiles: 'Bankafschriften', spreadsheets: 'Spreadsheets en CSV', backups: 'Debito-back-ups', pdf: 'PDF-documenten', zip: 'ZIP-archieven', eml: 'E-mailberichten', chooseFolder: 'Map kiezen' },
  fr: { file: 'Fichier', edit: 'Édition', view: 'Affichage', window: 'Fenêtre', help: 'Aide', quit: 'Quitter Debito', undo: 'Annuler', redo: 'Rétablir', cut: 'Couper', copy: 'Copier', paste: 'Coller', selectAll: 'Tout sélectionner', reload: 'Recharger', devTools: 'Outils de développement', resetZoom: 'Taille réelle', zoomIn: 'Zoom avant', zoomOut: 'Zoom arrière', fullScreen: 'Plein écran', minimize: 'Réduire', close: 'Fermer la fenêtre', about: 'À propos de Debito', openFile: 'Ouvrir un fichier', saveFile: 'Enregistrer le fichier', allFiles: 'Tous les fichiers', bankFiles: 'Extraits bancaires', spreadsheets: 'Tableurs et CSV', backups: 'Sauvegardes Debito', pdf: 'Documents PDF', zip: 'Archives ZIP', eml: 'Messages e-mail', chooseFolder: 'Choisir un dossier' },
  en: { file: 'File', edit: 'Edit', view: 'View', window: 'Window', help: 'Help', quit: 'Quit Debito', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all', reload: 'Reload', devTools: 'Developer tools', resetZoom: 'Actual size', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fullScreen: 'Full screen', minimize: 'Minimise', close: 'Close window', about: 'About Debito', openFile: 'Open file', saveFile: 'Save file', allFiles: 'All files', bankFiles: 'Bank statements', spreadsheets: 'Spreadsheets and CSV', backups: 'Debito backups', pdf: 'PDF documents', zip: 'ZIP archives', eml: 'E-mail messages', chooseFolder: 'Choose a folder' }
} as const satisfies Record<Language, Record<string, string>>

export type ShellLabels = Record<keyof (typeof LABELS)['nl'], string>

export function shellLabels(language: Language): ShellLabels {
  return LABELS[language]
}

/** The OS locale as one of our UI languages (Dutch unless the system speaks French or English). */
export function languageFromLocale(locale: string): Language {
  const code = locale.slice(0, 2).toLowerCase()
  return code === 'fr' || code === 'en' ? code : 'nl'
}
