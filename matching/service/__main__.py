import sys

from matching.service.app import main

sys.exit(main(sys.argv[1:]))
