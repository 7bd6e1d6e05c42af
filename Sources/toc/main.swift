import TocCLI

TocMain.main()
