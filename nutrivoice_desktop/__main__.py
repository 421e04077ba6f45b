import sys

from nutrivoice_desktop.app import main

sys.exit(main())
