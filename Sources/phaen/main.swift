print("phaen: under construction")
