import { convertToPdf } from './render/docx/libreoffice.ts';
const [folder, ...files] = process.argv.slice(2);
console.log(convertToPdf(folder!, files));
