# A stand-in StatusNotifierWatcher for tests: owns org.kde.StatusNotifierWatcher on the session bus
# given by DBUS_SESSION_BUS_ADDRESS and answers IsStatusNotifierHostRegistered as argv[1] says:
#   true | false  the property's value
#   no-property   the interface exists but lacks the property (Get returns a D-Bus error)
#   hang          the property read never returns (the caller must time out)
# Prints "ready" once the name is owned. Needs Debian's python3-gi (Gio over GObject introspection).
import sys
import time

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

MODE = sys.argv[1] if len(sys.argv) > 1 else "true"
NAME = "org.kde.StatusNotifierWatcher"
PATH = "/StatusNotifierWatcher"
HOST_PROPERTY = (
    ""
    if MODE == "no-property"
    else "<property name='IsStatusNotifierHostRegistered' type='b' access='read'/>"
)
XML = f"""
<node>
  <interface name='org.kde.StatusNotifierWatcher'>
    <property name='ProtocolVersion' type='i' access='read'/>
    <property name='RegisteredStatusNotifierItems' type='as' access='read'/>
    {HOST_PROPERTY}
    <method name='RegisterStatusNotifierItem'><arg type='s' name='service' direction='in'/></method>
    <method name='RegisterStatusNotifierHost'><arg type='s' name='service' direction='in'/></method>
  </interface>
</node>
"""


def get_property(_conn, _sender, _path, _iface, name):
    if name == "IsStatusNotifierHostRegistered":
        if MODE == "hang":
            time.sleep(3600)
        return GLib.Variant("b", MODE == "true")
    if name == "ProtocolVersion":
        return GLib.Variant("i", 0)
    if name == "RegisteredStatusNotifierItems":
        return GLib.Variant("as", [])
    return None


def method_call(_conn, _sender, _path, _iface, _method, _params, invocation):
    invocation.return_value(None)


def on_bus(conn, _name):
    info = Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0]
    conn.register_object(PATH, info, method_call, get_property, None)


def on_name(_conn, _name):
    print("ready", flush=True)


def on_lost(_conn, _name):
    print("lost the name", file=sys.stderr, flush=True)
    sys.exit(1)


Gio.bus_own_name(Gio.BusType.SESSION, NAME, Gio.BusNameOwnerFlags.NONE, on_bus, on_name, on_lost)
GLib.MainLoop().run()
