print("cloud-demo")
