"""The kiosk's look: large type, touch-sized targets, the scheme's colours."""

from __future__ import annotations

# Large type and touch-sized targets (at least 44 px: WCAG 2.5.5, Apple's HIG); the
# thanks and the warning in the scheme's success and warning colours (colours.py).
KIOSK_STYLE = """
#kiosk, #kiosk QWidget {{ font-size: 20px; }}
#kiosk QLineEdit, #kiosk QComboBox, #kiosk QPushButton {{ min-height: 44px; font-size: 20px; }}
#kiosk QPushButton {{ min-width: 120px; padding: 0 16px; }}
#kiosk QToolButton {{ min-height: 44px; font-size: 20px; }}
#kiosk QLabel#kiosk-welcome {{ font-size: 28px; font-weight: bold; }}
#kiosk QLabel#kiosk-message {{ font-size: 24px; font-weight: bold; }}
#kiosk QLabel#kiosk-message[tone="warning"] {{ color: {warning.text}; }}
#kiosk QLabel#kiosk-message[tone="error"] {{ color: {error}; }}
#kiosk QLabel#kiosk-practice {{ font-size: 16px; color: #202124; background: #fbbc04;
    border-radius: 4px; padding: 4px 8px; }}
#kiosk QLabel#kiosk-thanks {{ font-size: 30px; font-weight: bold; color: {thanks.text};
    background: {thanks.background}; border: 2px solid {thanks.border}; padding: 24px; }}
#kiosk QFrame#kiosk-warning {{ background: {warning.background};
    border: 2px solid {warning.border}; }}
#kiosk QLabel#kiosk-warning-text {{ font-size: 26px; font-weight: bold; color: {warning.text}; }}
"""
