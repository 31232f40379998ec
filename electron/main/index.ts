import { startMainProcess } from './start-main-process';

void startMainProcess();
