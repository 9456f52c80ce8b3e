"""The exercise session: the machine, its view and buttons, the countdown and the plan."""
