"""Sharing one journey between the patient's and the companion's computers (issue 16), through
a folder the users' own sync tool moves (Syncthing, Nextcloud, Dropbox, a USB stick): never a
server of ours, never the database file itself in the folder.

- ``crypto``: each device's keys, the invitation code, and batches sealed to the paired
  devices (age/X25519 encryption, Ed25519 signatures).
- ``folder``: batch files written into this device's own subfolder and read from the others',
  whatever order, duplicates or half-written copies the sync tool delivers.
- ``apply``: another computer's changes merged into this journal, column by column, with
  nothing silently lost (journey.outbox records this computer's own).
- ``service``: sharing set up (``init``), joined with an invitation code (``join``), and a
  sync pass (``sync``), as ``journey share …`` and ``journey sync`` run them.
"""
