import TocCLI

await TocMain.main()
