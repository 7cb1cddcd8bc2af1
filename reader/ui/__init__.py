"""The Qt layer: thin views, item models, workers and dialogs over the core."""
