#!/usr/bin/env node
// Copies the web UI's static files (HTML, CSS) next to its compiled modules in dist/browser/web.
import { cpSync, mkdirSync } from 'node:fs';

mkdirSync('dist/browser/web', { recursive: true });
cpSync('src/web/public', 'dist/browser/web', { recursive: true });
