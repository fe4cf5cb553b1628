print("crosscheck")
