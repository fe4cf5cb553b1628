import CrosscheckCLI

Crosscheck.main()
