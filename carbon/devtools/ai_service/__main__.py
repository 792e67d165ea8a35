import sys

from carbon.devtools.ai_service.app import main

sys.exit(main(sys.argv[1:]))
