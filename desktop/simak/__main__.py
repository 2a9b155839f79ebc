from simak.cli import main

raise SystemExit(main())
