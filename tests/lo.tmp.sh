#!/bin/bash
# usage: lo.tmp.sh DIR LANG EXAMPLE
rm -rf $1 && npx tsx src/cli/main.ts render examples/$3.json --out $1 --format docx --lang $2 >/dev/null && npx tsx tests/convert.tmp.ts $1 $1/*.docx >/dev/null 2>&1; cd $1 && mv *.pdf lo.pdf && pdftotext -raw lo.pdf - | tr -d '\n ' > raw.txt; for l in （三）不予公开 （四）无法提供 （五）不予处理 （六）其他处理 三、本年度办理结果; do printf "%s %s\n" $l $(grep -o "$l" raw.txt | wc -l); done; pdfinfo lo.pdf | grep Pages
