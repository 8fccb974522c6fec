// An empty module: the bench times importing it to show what this machine charges for import() alone.
