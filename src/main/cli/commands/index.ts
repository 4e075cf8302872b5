// Every CLI command, in the order `--help` lists them.
import type { CliCommand } from '../command'
import { adminArchive, adminCreate, adminList, adminProfile, adminRename } from './admin'
import { disputeAccept, disputeOpen, disputeReject, planCreate, promiseAdd } from './arrangements'
import { backup, restore } from './backup'
import { bankFreshnessCommand, bankImport, bankParse } from './bank'
import { bankAccountAdd, bankAccountList, bankAccountRemove } from './bank-accounts'
import { dunningCancel, dunningExecute, dunningForecast, dunningPropose, dunningRuns, dunningSave } from './dunning'
import { handoverCommand, holdCommand } from './hold-handover'
import { importCommand } from './import'
import { lettersExport, lettersPrint, lettersVerify, statementCommand } from './letters'
import { planRemind } from './plan-remind'
import { rekey } from './rekey'
import { reportCommands } from './report'
import { forecastCommand, riskCommand, riskImportScores } from './risk'
import { verifyAuditCommand } from './verify-audit'

export const COMMANDS: readonly CliCommand[] = [adminCreate, adminList, adminRename, adminArchive, adminProfile, backup, restore, rekey, verifyAuditCommand, bankParse, bankImport, bankFreshnessCommand, bankAccountList, bankAccountAdd, bankAccountRemove, importCommand, promiseAdd, planCreate, planRemind, disputeOpen, disputeAccept, disputeReject, holdCommand, handoverCommand, dunningPropose, dunningSave, dunningExecute, dunningCancel, dunningRuns, dunningForecast, ...reportCommands, riskCommand, riskImportScores, forecastCommand, lettersPrint, lettersExport, lettersVerify, statementCommand]
