print("permsim")
