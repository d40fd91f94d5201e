secret = this file is outside every locale folder and must never be served
