<?php
/**
 * Plugin Name: Factbox
 * Description: Adds the Factbox embed script to every page, once, so that editors can insert charts by pasting <div data-factbox="…"></div> (which WordPress keeps for Authors and Contributors).
 * Version: 0.1.0
 * Requires at least: 6.5
 * License: MIT
 *
 * Install: copy this file to wp-content/plugins/factbox/factbox.php and activate "Factbox".
 * FACTBOX_EMBED_VERSION and FACTBOX_EMBED_INTEGRITY are those of this repository's build
 * (written by `npm run snippets`); to pin another version, take both from its
 * dist/integrity.json.
 */

defined( 'ABSPATH' ) || exit;

const FACTBOX_EMBED_VERSION   = '0.1.0';
const FACTBOX_EMBED_INTEGRITY = 'sha384-lyRu/ztUS+YGf3oqBO5sMacHIRdouY2Nx6SA6vu1qSchvysHPbEO03Yxo5JIs7W1';

/**
 * The one script tag, in <head>, as a module with Subresource Integrity. Printed with
 * wp_print_script_tag() so that WordPress adds its own attributes (e.g. a CSP nonce).
 */
add_action(
	'wp_head',
	static function () {
		if ( ! is_singular() && ! is_home() && ! is_archive() ) {
			return;
		}
		wp_print_script_tag(
			array(
				'type'        => 'module',
				'async'       => true,
				'src'         => 'https://cdn.jsdelivr.net/npm/@factbox/embed@' . FACTBOX_EMBED_VERSION . '/dist/embed.js',
				'integrity'   => FACTBOX_EMBED_INTEGRITY,
				'crossorigin' => 'anonymous',
			)
		);
	}
);

/**
 * Reserve the widgets' height before the script runs, so the article does not jump.
 * (An inline style; drop it if the theme's stylesheet carries the same rules.)
 */
add_action(
	'wp_head',
	static function () {
		echo "<style>[data-factbox]{min-height:34rem}[data-factbox=\"exercises-map\"]{min-height:40rem}"
			. "@media (max-width:480px){[data-factbox]{min-height:40rem}[data-factbox=\"exercises-map\"]{min-height:44rem}}</style>\n";
	}
);
