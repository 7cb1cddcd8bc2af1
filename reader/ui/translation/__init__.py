"""Machine translation in the window: the controller, background jobs and the models dialog."""
