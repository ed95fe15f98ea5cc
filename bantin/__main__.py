from bantin.cli import main

main()
