// Reading D-Bus replies for the tray-host probe: replies and errors captured from dbus-send 1.14 and
// gdbus 2.74 (Debian 12) against a session bus with and without a StatusNotifierWatcher.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBooleanReply, parseDbusErrorName, sessionBusAddress } from '../../../../src/main/platform/tray-host/linux'
import { trayHostAvailable } from '../../../../src/main/platform/tray-host'

const dbusSend = {
  nameHasOwnerTrue:
    'method return time=1795965361.581655 sender=org.freedesktop.DBus -> destination=:1.5 serial=3 reply_serial=2\n' +
    '   boolean true\n',
  nameHasOwnerFalse:
    'method return time=1795965360.550391 sender=org.freedesktop.DBus -> destination=:1.0 serial=3 reply_serial=2\n' +
    '   boolean false\n',
  hostRegisteredTrue:
    'method return time=1795965361.585065 sender=:1.4 -> destination=:1.6 serial=3 reply_serial=2\n' +
    '   variant       boolean true\n',
  hostRegisteredFalse:
    'method return time=1795965362.609042 sender=:1.9 -> destination=:1.11 serial=3 reply_serial=2\n' +
    '   variant       boolean false\n',
  protocolVersion:
    'method return time=1795965414.183177 sender=:1.3 -> destination=:1.4 serial=3 reply_serial=2\n' +
    '   variant       int32 0\n',
  getAll: [
    'method return time=1795965414.186847 sender=:1.3 -> destination=:1.5 serial=4 reply_serial=2',
    '   array [',
    '      dict entry(',
    '         string "ProtocolVersion"',
    '         variant             int32 0',
    '      )',
    '      dict entry(',
    '         string "IsStatusNotifierHostRegistered"',
    '         variant             boolean true',
    '      )',
    '   ]',
    ''
  ].join('\n')
}

const errors = {
  dbusSendServiceUnknown:
    'Error org.freedesktop.DBus.Error.ServiceUnknown: The name org.kde.StatusNotifierWatcher was not provided by any .service files\n',
  dbusSendNoProperty:
    'Error org.freedesktop.DBus.Error.InvalidArgs: No such property “IsStatusNotifierHostRegistered”\n',
  dbusSendNoObject: 'Error org.freedesktop.DBus.Error.UnknownMethod: Object does not exist at path “/Nope”\n',
  dbusSendNoReply:
    'Error org.freedesktop.DBus.Error.NoReply: Did not receive a reply. Possible causes include: the remote application did not send a reply, the message bus security policy blocked the reply, the reply timeout expired, or the network connection was broken.\n',
  dbusSendNoDisplay:
    'Failed to open connection to "session" message bus: Unable to autolaunch a dbus-daemon without a $DISPLAY for X11\n',
  dbusSendNoSocket:
    'Failed to open connection to "session" message bus: Failed to connect to socket /tmp/nonexistent: No such file or directory\n',
  gdbusServiceUnknown:
    'Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.kde.StatusNotifierWatcher was not provided by any .service files\n',
  gdbusNoProperty:
    'Error: GDBus.Error:org.freedesktop.DBus.Error.InvalidArgs: No such property “IsStatusNotifierHostRegistered”\n' +
    "(According to introspection data, you need to pass 'ss')\n",
  gdbusTimeout: 'Error: Timeout was reached\n',
  gdbusNoSocket: 'Error connecting: Could not connect: No such file or directory\n'
}

describe('parseBooleanReply', () => {
  it('reads the boolean dbus-send prints for NameHasOwner and for a property Get', () => {
    expect(parseBooleanReply(dbusSend.nameHasOwnerTrue)).toBe(true)
    expect(parseBooleanReply(dbusSend.nameHasOwnerFalse)).toBe(false)
    expect(parseBooleanReply(dbusSend.hostRegisteredTrue)).toBe(true)
    expect(parseBooleanReply(dbusSend.hostRegisteredFalse)).toBe(false)
  })

  it('reads the tuple gdbus prints, with and without a variant', () => {
    expect(parseBooleanReply('(true,)\n')).toBe(true)
    expect(parseBooleanReply('(false,)\n')).toBe(false)
    expect(parseBooleanReply('(<true>,)\n')).toBe(true)
    expect(parseBooleanReply('(<false>,)\n')).toBe(false)
  })

  it('gives null for anything that is not one boolean', () => {
    expect(parseBooleanReply(dbusSend.protocolVersion)).toBeNull()
    // GetAll holds the flag, but among other values: not an answer to "is a host registered".
    expect(parseBooleanReply(dbusSend.getAll)).toBeNull()
    expect(parseBooleanReply('(<0>,)\n')).toBeNull()
    expect(parseBooleanReply('')).toBeNull()
    expect(parseBooleanReply('   boolean true\n')).toBeNull()
    expect(parseBooleanReply(dbusSend.nameHasOwnerTrue.split('\n')[0] ?? '')).toBeNull()
    expect(parseBooleanReply(errors.dbusSendServiceUnknown)).toBeNull()
    expect(parseBooleanReply('(true, false)\n')).toBeNull()
  })
})

describe('parseDbusErrorName', () => {
  it('names the D-Bus error dbus-send and gdbus print', () => {
    expect(parseDbusErrorName(errors.dbusSendServiceUnknown)).toBe('org.freedesktop.DBus.Error.ServiceUnknown')
    expect(parseDbusErrorName(errors.dbusSendNoProperty)).toBe('org.freedesktop.DBus.Error.InvalidArgs')
    expect(parseDbusErrorName(errors.dbusSendNoObject)).toBe('org.freedesktop.DBus.Error.UnknownMethod')
    expect(parseDbusErrorName(errors.dbusSendNoReply)).toBe('org.freedesktop.DBus.Error.NoReply')
    expect(parseDbusErrorName(errors.gdbusServiceUnknown)).toBe('org.freedesktop.DBus.Error.ServiceUnknown')
    expect(parseDbusErrorName(errors.gdbusNoProperty)).toBe('org.freedesktop.DBus.Error.InvalidArgs')
  })

  it('finds gdbus\'s error name under a translated prefix (glib20.mo: de "Fehler: %s", fr "Erreur : %s")', () => {
    expect(parseDbusErrorName(errors.gdbusServiceUnknown.replace('Error:', 'Fehler:'))).toBe(
      'org.freedesktop.DBus.Error.ServiceUnknown'
    )
    expect(parseDbusErrorName(errors.gdbusNoProperty.replace('Error:', 'Erreur\u00a0:'))).toBe(
      'org.freedesktop.DBus.Error.InvalidArgs'
    )
  })

  it('gives null when the tool never reached the bus or gave up waiting', () => {
    expect(parseDbusErrorName(errors.dbusSendNoDisplay)).toBeNull()
    expect(parseDbusErrorName(errors.dbusSendNoSocket)).toBeNull()
    expect(parseDbusErrorName(errors.gdbusTimeout)).toBeNull()
    expect(parseDbusErrorName(errors.gdbusNoSocket)).toBeNull()
    expect(parseDbusErrorName('')).toBeNull()
  })
})

describe('sessionBusAddress', () => {
  it('takes DBUS_SESSION_BUS_ADDRESS first', () => {
    const address = 'unix:path=/tmp/dbus-GqwPtCG8If,guid=a59b74731cb6be3f330ac9b76b0c41a6'
    expect(sessionBusAddress({ DBUS_SESSION_BUS_ADDRESS: address, XDG_RUNTIME_DIR: '/run/user/1000' })).toBe(address)
  })

  it("falls back to systemd's per-user bus only when its socket exists", () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-runtime-'))
    try {
      expect(sessionBusAddress({ XDG_RUNTIME_DIR: dir })).toBeNull()
      writeFileSync(join(dir, 'bus'), '')
      expect(sessionBusAddress({ XDG_RUNTIME_DIR: dir, DBUS_SESSION_BUS_ADDRESS: '  ' })).toBe(`unix:path=${dir}/bus`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('has none without either', () => {
    expect(sessionBusAddress({})).toBeNull()
  })
})

describe('trayHostAvailable', () => {
  it('says yes on Windows and macOS without asking anything', async () => {
    // An empty PATH and no bus: the answer cannot come from a D-Bus tool.
    expect(await trayHostAvailable('win32', { PATH: '' })).toBe('yes')
    expect(await trayHostAvailable('darwin', { PATH: '' })).toBe('yes')
  })

  it('on Linux without a session bus, does not know', async () => {
    expect(await trayHostAvailable('linux', {})).toBe('unknown')
  })
})
